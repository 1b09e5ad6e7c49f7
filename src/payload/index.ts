// The payload stage: folder or .zip in (and the API's), a measured and checked package out, and its archive.
export { preparePayload, CONFIG_FILE_NAME } from './prepare.js'
export { checkSkuLimit } from './limits.js'
export { writeZip, measureZip } from './zip.js'
export { type Payload } from './types.js'
