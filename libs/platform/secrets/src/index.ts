export * from './secret-box';
export * from './tokens';
