/**
 * What of a profile may reach localStorage when the user has not opted in to "Remember API keys":
 * the same rule as for the key field. A key in the base URL's query string (`?api_key=…`) and the
 * values of credential-like extra headers (`api-key`, `x-api-key`, `Authorization` …) are emptied;
 * their names stay, as a reminder of what to enter again. The doctor card loses them too.
 */
import { isSecretHeaderName, redactUrlSecretsInText, withoutUrlSecrets } from '../api/url-secrets';
import type { DoctorCard } from './doctor-types';
import type { Profile } from './profile';

/** The profile as stored without the opt-in. */
export function profileWithoutSecrets(profile: Profile): Profile {
  const stored: Profile = {
    ...profile,
    baseUrl: withoutUrlSecrets(profile.baseUrl),
    headers: profile.headers.map((h) => (isSecretHeaderName(h.name) ? { name: h.name, value: '' } : h)),
  };
  if (profile.doctor) stored.doctor = cardWithoutSecrets(profile.doctor);
  return stored;
}

function cardWithoutSecrets(card: DoctorCard): DoctorCard {
  return {
    ...card,
    baseUrl: withoutUrlSecrets(card.baseUrl),
    checks: card.checks.map((c) => ({ ...c, summary: redactUrlSecretsInText(c.summary) })),
  };
}
