-- DIR-5 matches a registrant by phone only when the phone on record can be trusted: written
-- by staff (the directory, an import) or proven by a one-time code. A phone a person typed
-- into their own profile is not proof of anything until a code proves it.
ALTER TABLE people ADD phone_trusted boolean NOT NULL DEFAULT true;
