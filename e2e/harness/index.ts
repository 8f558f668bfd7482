export * from './launch.js';
export * from './extension';
export * from './sandbox';
export * from './suite';
export * from './process-editor';
export * from './own-domain';
export * from './admin-press';
