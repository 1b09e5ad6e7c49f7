// The fault matrix (README's Reliability table): every remote step of a deployment, faulted every
// way a network fails, through dist/index.js. One faulty reply is survived; a fault that never
// clears fails within the retry budget with a message naming the step and the fault.
// This part: the blob upload in blocks, both modes.
import { faultMatrixPart } from '../support/fault-matrix-run.js'

faultMatrixPart({
  name: 'blob',
  services: ['blob'],
  steps: ['blob block', 'blob commit'],
  modes: ['single', 'persistent']
})
