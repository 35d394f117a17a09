import './tracing';
import 'reflect-metadata';
import { credentialsService } from '@chargemesh/credentials-service';
import { directoryService } from '@chargemesh/directory-service';
import { hubRouterService } from '@chargemesh/hub-router-service';
import { oicpPeerService } from '@chargemesh/oicp-peer-service';
import { stationGatewayService } from '@chargemesh/station-gateway-service';
import { tariffCdrService } from '@chargemesh/tariff-cdr-service';
import { runServices } from '@chargemesh/platform-runtime';

/**
 * All six services in one process (the laptop, demo and test mode). Same modules as the
 * standalone apps; each service keeps its own port, NATS connection and database. Started in
 * dependency order, stopped in reverse: the gateways last up, first down.
 */
void runServices('chargemesh', [directoryService, credentialsService, tariffCdrService, oicpPeerService, hubRouterService, stationGatewayService]);
