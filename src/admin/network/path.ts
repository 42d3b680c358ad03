/** Where the district view lives under the admin route (registered in src/config/buildNewsroomConfig.ts). */
export const NETWORK_PATH = '/network'
