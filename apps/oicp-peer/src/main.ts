import './tracing';
import 'reflect-metadata';
import { oicpPeerService } from '@chargemesh/oicp-peer-service';
import { runServices } from '@chargemesh/platform-runtime';

void runServices('oicp-peer', [oicpPeerService]);
