// Loaded first by main.ts: the OpenTelemetry SDK must patch http and pg before anything requires them.
import { startTelemetry } from '@chargemesh/platform-observability';

startTelemetry('credentials');
