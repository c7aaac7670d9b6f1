import { CodedError } from '../errors';

// Refusals of the unit assessment's computations; the renderer puts them into words.
export type NetworkErrorCode = 'network.periodReversed';

export class NetworkError extends CodedError<NetworkErrorCode> {
  override name = 'NetworkError';
}
