/** Where the moderation queue lives under the admin route (registered in src/config/buildNewsroomConfig.ts). */
export const MODERATION_PATH = '/duyet-bai-du-thi'
