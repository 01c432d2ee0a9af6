-- ORG-1 one row per management company; ORG-2 branding; ORG-3 password policy.
CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$'),
  name text NOT NULL CHECK (name <> ''),
  default_locale text NOT NULL CHECK (default_locale IN ('ru', 'pl', 'en')),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  color_primary text NOT NULL DEFAULT '#1d4ed8' CHECK (color_primary ~ '^#[0-9a-fA-F]{6}$'),
  color_on_primary text NOT NULL DEFAULT '#ffffff' CHECK (color_on_primary ~ '^#[0-9a-fA-F]{6}$'),
  color_login_background text NOT NULL DEFAULT '#f8fafc' CHECK (color_login_background ~ '^#[0-9a-fA-F]{6}$'),
  color_page_background text NOT NULL DEFAULT '#ffffff' CHECK (color_page_background ~ '^#[0-9a-fA-F]{6}$'),
  color_text text NOT NULL DEFAULT '#0f172a' CHECK (color_text ~ '^#[0-9a-fA-F]{6}$'),
  logo_url text,
  website_url text,
  contact_email text,
  password_min_length integer NOT NULL DEFAULT 10 CHECK (password_min_length BETWEEN 8 AND 128),
  password_require_digit boolean NOT NULL DEFAULT true,
  password_require_symbol boolean NOT NULL DEFAULT false,
  password_require_upper boolean NOT NULL DEFAULT false,
  password_require_lower boolean NOT NULL DEFAULT false,
  allowed_origins text[] NOT NULL DEFAULT '{}',
  -- where the tenant's portal lives; password-reset links point there (relative = this server)
  portal_url text NOT NULL DEFAULT '/',
  created_at timestamptz NOT NULL DEFAULT now()
);

SELECT atrium_protect('tenants', 'id');
