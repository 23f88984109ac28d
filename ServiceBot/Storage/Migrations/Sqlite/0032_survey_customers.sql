-- The survey sent to a customer who is a Teams user: who may answer it (their channel id and Entra object id) and the
-- chat where its card was posted. Every invoke on that card is checked against these; a typed rating in that chat is
-- looked up by them. A link survey leaves them empty.

ALTER TABLE survey_invitations ADD COLUMN customer_id TEXT NULL;
ALTER TABLE survey_invitations ADD COLUMN customer_object_id TEXT NULL;
ALTER TABLE survey_invitations ADD COLUMN customer_name TEXT NULL;
ALTER TABLE survey_invitations ADD COLUMN customer_conversation_id TEXT NULL;
CREATE INDEX ix_survey_invitations_customer ON survey_invitations (customer_conversation_id, customer_id);
