-- DIR-5: a property's legal entity may opt out of self-registration (its units are never
-- matched at once), and the staff marked here are e-mailed about each request to decide.
ALTER TABLE properties ADD self_registration boolean NOT NULL DEFAULT true;
ALTER TABLE people ADD receives_registrations boolean NOT NULL DEFAULT false;
ALTER TABLE people ADD CHECK (NOT receives_registrations OR staff_role IS NOT NULL);
