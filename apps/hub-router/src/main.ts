import './tracing';
import 'reflect-metadata';
import { hubRouterService } from '@chargemesh/hub-router-service';
import { runServices } from '@chargemesh/platform-runtime';

void runServices('hub-router', [hubRouterService]);
