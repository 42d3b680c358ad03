export * from './machine'
export * from './roles'
export * from './stages'
export * from './transitions'
