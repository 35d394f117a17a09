export * from './coded-error';
export * from './event-definition';
export * from './event-envelope';
export * from './headers';
export * from './naming';
export * from './reply';
export * from './streams';
export * from './subject-token';
