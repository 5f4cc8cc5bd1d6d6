-- array_to_string is only STABLE; a generated tsvector column needs an IMMUTABLE expression.
-- Joining text[] with a fixed separator does not depend on any setting, so declaring it immutable is safe.
CREATE OR REPLACE FUNCTION immutable_array_to_string(arr text[], sep text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT coalesce(array_to_string(arr, sep), '') $$;
