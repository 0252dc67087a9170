// GET /v1/settings (schema by caller) and the admin-only PATCH (app/api/settings.py).
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, emitDbChange } from '../db';
import { withAuth, withOptionalAuth } from '../json-api/auth';
import { resourceDocument } from '../json-api/documents';
import { forbidden, raise, validationErrors } from '../json-api/errors';
import { requireJsonApiHeaders } from '../json-api/headers';
import { readJsonApiData } from '../json-api/input';
import { jsonApiReply } from '../json-api/responses';
import { loadAttributes } from '../json-api/schema';
import { isStaff } from '../permissions';
import { settingsAdminSchema } from '../schemas/settings';
import { serializeSettings, settingsViewFor } from '../serializers';

/**
 * No Authorization header: SettingSchemaPublic; a valid JWT: NonAdmin; an admin's JWT: Admin.
 * `?public=true` (what the frontend sends) and `?refresh=true` change nothing here. Any id in the
 * path answers row 1, as the server's before_get forces it.
 */
const getSettings = withOptionalAuth(({ request, user }) => {
  requireJsonApiHeaders(request);
  return jsonApiReply(resourceDocument(serializeSettings(db.settings, settingsViewFor(user))));
});

const patchSettings = withAuth(async ({ request, user }) => {
  if (!isStaff(user)) raise(forbidden({ source: '' }, 'Admin access is required'));
  requireJsonApiHeaders(request);
  const input = await readJsonApiData(request, 'setting', { idInUrl: [String(db.settings.id)] });
  const { values, errors } = loadAttributes(settingsAdminSchema, input.attributes, {
    partial: true,
  });
  if (errors.length > 0) raise(validationErrors(errors));
  Object.assign(db.settings, values);
  emitDbChange();
  return jsonApiReply(resourceDocument(serializeSettings(db.settings, 'admin')));
});

export const settingsHandlers: RequestHandler[] = [
  http.get(apiUrl('/v1/settings'), getSettings),
  http.get(apiUrl('/v1/settings/:id'), getSettings),
  http.patch(apiUrl('/v1/settings'), patchSettings),
  http.patch(apiUrl('/v1/settings/:id'), patchSettings),
];
