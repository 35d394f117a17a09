import './tracing';
import 'reflect-metadata';
import { tariffCdrService } from '@chargemesh/tariff-cdr-service';
import { runServices } from '@chargemesh/platform-runtime';

void runServices('tariff-cdr', [tariffCdrService]);
