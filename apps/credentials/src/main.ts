import './tracing';
import 'reflect-metadata';
import { credentialsService } from '@chargemesh/credentials-service';
import { runServices } from '@chargemesh/platform-runtime';

void runServices('credentials', [credentialsService]);
