/** Framework-native types: no Buffers, no proto messages. */
export * from './types';
export * from './value';
export * from './diagnostics';
export * from './schema';
export * from './schema-json';
export * from './errors';
