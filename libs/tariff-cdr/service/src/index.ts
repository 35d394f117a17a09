export * from './tariff-cdr.config';
export * from './tariff-cdr.module';
export * from './tariff-cdr.service';
