-- The server's own identity and who may use it. The server keeps no state outside PostgreSQL, so the TLS key,
-- the certificate and the epoch live here and every process serving this database shares them.
CREATE TABLE server_config (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  tls_key_pem text NOT NULL,
  tls_certificate_pem text NOT NULL,
  -- Changes when the database is restored from a backup, so desks know to push again what it lacks.
  epoch uuid NOT NULL,
  minimum_desk_version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  account text NOT NULL UNIQUE CHECK (length(account) BETWEEN 1 AND 100),
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'drafter', 'reviewer', 'signer')),
  -- The desk person this account acts as; null for the administrator until it is mapped.
  person_id text UNIQUE,
  -- scrypt(authKey, salt) with the parameters stored beside it, so they can be raised later.
  auth_salt bytea NOT NULL,
  auth_hash bytea NOT NULL,
  auth_params jsonb NOT NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  desk_id text NOT NULL,
  app_version text NOT NULL,
  -- SHA-256 of the tokens; the tokens themselves are never stored.
  access_hash bytea NOT NULL UNIQUE,
  refresh_hash bytea NOT NULL UNIQUE,
  access_expires_at timestamptz NOT NULL,
  refresh_expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Failed sign-ins per account and per address; after a few, the key is locked for a growing while.
CREATE TABLE sign_in_failures (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  locked_until timestamptz
);
