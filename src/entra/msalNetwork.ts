// What every MSAL network client of the action shares: MSAL asks by GET or POST, one exchange of
// the service's own rules answers both, and the failure thrown is kept, since MSAL hides it
// behind an error of its own.
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node'
import type { ActionError } from '../errors.js'
import type { HttpMethod } from '../http/transport.js'
import { asRecord, type JsonRecord } from '../json.js'

export abstract class MsalNetwork implements INetworkModule {
  /** Why the last request failed, for the caller to throw in place of MSAL's error. */
  failure: ActionError | undefined

  sendGetRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions
  ): Promise<NetworkResponse<T>> {
    return this.exchange<T>('GET', url, options)
  }

  sendPostRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions
  ): Promise<NetworkResponse<T>> {
    return this.exchange<T>('POST', url, options)
  }

  /** Sends one of MSAL's requests and hands MSAL a reply it can read, or throws through fail. */
  protected abstract exchange<T>(
    method: HttpMethod,
    url: string,
    options: NetworkRequestOptions | undefined
  ): Promise<NetworkResponse<T>>

  /** Keeps the failure for the caller; returns it to be thrown. */
  protected fail(error: ActionError): ActionError {
    this.failure = error
    return error
  }
}

/** A reply body as the JSON object MSAL reads; undefined when it is not one. */
export function readJsonObject(text: string): JsonRecord | undefined {
  try {
    return asRecord(JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}
