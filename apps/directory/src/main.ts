import './tracing';
import 'reflect-metadata';
import { directoryService } from '@chargemesh/directory-service';
import { runServices } from '@chargemesh/platform-runtime';

void runServices('directory', [directoryService]);
