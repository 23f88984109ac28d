-- The survey card a Teams customer was sent: the message id the channel gave it, so a rating typed in that chat can
-- turn the card into "respondida" as a press on it does. Empty for a link survey and until the send is answered.

ALTER TABLE survey_invitations ADD COLUMN customer_card_activity_id TEXT NULL;
