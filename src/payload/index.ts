// The payload stage: folder or .zip in (and the API's), a measured and checked package out, and its archive.
export { preparePayload, CONFIG_FILE_NAME, type PayloadConfig } from './prepare.js'
export { checkSkuLimit, SKU_LIMIT_BYTES } from './limits.js'
export { writeZip, measureZip, isAlreadyCompressed, type ZipWriteOptions } from './zip.js'
export {
  DEFAULT_LIMITS,
  type ApiPackage,
  type FunctionLanguage,
  type Payload,
  type PayloadFile,
  type PayloadLimits
} from './types.js'
