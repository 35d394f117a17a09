import { trace } from '@opentelemetry/api';
import type { LoggerService } from '@nestjs/common';
import pino, { type Logger, type LevelWithSilent } from 'pino';

/**
 * Paths whose values never reach a log line: credentials tokens, station passwords, OICP peer
 * tokens and every Authorization header. The list is deliberately broad.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.headers.authorization',
  'secret',
  '*.secret',
  '*.tokenA',
  '*.tokenB',
  '*.tokenC',
];

/**
 * Structured JSON logs with the active trace and span ids on every line. `process` names the
 * deployable (a service, or `chargemesh` for the all-in-one); children add `service`.
 */
export function createLogger(processName: string, level: LevelWithSilent, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { process: processName },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const span = trace.getActiveSpan()?.spanContext();
        return span && span.traceId !== '00000000000000000000000000000000'
          ? { trace_id: span.traceId, span_id: span.spanId }
          : {};
      },
    },
    destination,
  );
}

/** Nest's logger interface on top of pino, so framework messages are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...context: unknown[]) {
    this.write('info', message, context);
  }
  error(message: unknown, ...context: unknown[]) {
    this.write('error', message, context);
  }
  warn(message: unknown, ...context: unknown[]) {
    this.write('warn', message, context);
  }
  debug(message: unknown, ...context: unknown[]) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, ...context: unknown[]) {
    this.write('trace', message, context);
  }
  fatal(message: unknown, ...context: unknown[]) {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context: unknown[]) {
    const component = typeof context[context.length - 1] === 'string' ? (context[context.length - 1] as string) : undefined;
    const stack = context.find((item) => typeof item === 'string' && item.includes('\n    at '));
    if (message instanceof Error) this.logger[level]({ component, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ component, ...message });
    else this.logger[level]({ component, ...(stack ? { stack } : {}) }, String(message));
  }
}
