import './tracing';
import 'reflect-metadata';
import { stationGatewayService } from '@chargemesh/station-gateway-service';
import { runServices } from '@chargemesh/platform-runtime';

void runServices('station-gateway', [stationGatewayService]);
