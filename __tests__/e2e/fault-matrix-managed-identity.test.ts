// The fault matrix (README's Reliability table): every remote step of a deployment, faulted every
// way a network fails, through dist/index.js. One faulty reply is survived; a fault that never
// clears fails within the retry budget with a message naming the step and the fault.
// This part: the machine's managed-identity endpoint (IMDS form), for runs with
// `auth-type: managed-identity`, one faulty reply and every reply faulty.
import { faultMatrixPart } from '../support/fault-matrix-run.js'

faultMatrixPart({
  name: 'managed-identity',
  services: ['identity'],
  modes: ['single', 'persistent']
})
