// The fork's check_headers decorator (flask_rest_jsonapi/decorators.py), for JSON:API resources only.
import { headerError, raise } from './errors';
import { JSON_API_CONTENT_TYPE } from './responses';

/** Like werkzeug's MIMEAccept: a wildcard or the exact media type accepts JSON:API. */
function acceptsJsonApi(accept: string): boolean {
  return accept.split(',').some((entry) => {
    const [mediaType = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const refused = params.some((param) => /^q=0(\.0*)?$/.test(param.replace(/\s/g, '')));
    return (
      !refused &&
      (mediaType === '*/*' || mediaType === 'application/*' || mediaType === JSON_API_CONTENT_TYPE)
    );
  });
}

/**
 * On POST and PATCH the Content-Type must equal `application/vnd.api+json` exactly (a plain string
 * comparison, so a charset suffix fails: 415). An Accept header that refuses JSON:API gives 406.
 */
export function requireJsonApiHeaders(request: Request): void {
  if (request.method === 'POST' || request.method === 'PATCH') {
    if (request.headers.get('Content-Type') !== JSON_API_CONTENT_TYPE) {
      raise(headerError(415, 'Content-Type header must be application/vnd.api+json'));
    }
  }
  const accept = request.headers.get('Accept');
  if (accept && !acceptsJsonApi(accept)) {
    raise(headerError(406, 'Accept header must be application/vnd.api+json'));
  }
}
