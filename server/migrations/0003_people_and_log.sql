-- People are written by the administrator (joining a desk maps its people to accounts); their public keys
-- verify every entry they author. The server holds each private key only encrypted by a key it never sees.
CREATE TABLE people (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('drafter', 'reviewer', 'signer')),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  extra jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE person_keys (
  id uuid PRIMARY KEY,
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  -- Ed25519 public key, 32 bytes.
  public_key bytea NOT NULL UNIQUE CHECK (length(public_key) = 32),
  -- The private key sealed with the person's key-encryption key, which never leaves their desk; opaque here.
  encrypted_private_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX person_keys_person ON person_keys (person_id);

CREATE TABLE desks (
  id text PRIMARY KEY,
  last_desk_seq bigint NOT NULL DEFAULT 0,
  last_hash text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_push_at timestamptz
);

-- The department's operation log: every desk's entries verbatim, in one global order.
CREATE TABLE audit_log (
  global_seq bigint PRIMARY KEY,
  origin_desk text NOT NULL REFERENCES desks (id),
  desk_seq bigint NOT NULL,
  entry_hash text NOT NULL,
  prev_hash text NOT NULL,
  signature text NOT NULL,
  signer_key_id uuid NOT NULL REFERENCES person_keys (id),
  actor text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  desk_at text NOT NULL,
  entry jsonb NOT NULL,
  rows jsonb NOT NULL,
  pushed_by uuid NOT NULL REFERENCES accounts (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (origin_desk, desk_seq)
);
CREATE INDEX audit_log_target ON audit_log (target);
