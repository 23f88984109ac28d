-- The results queries ("resultados", /results) read only indexes: for a period over every team (an admin) the
-- invitations index now also carries the team, agent and name, so services ended per agent and per week come from one
-- index read instead of a table lookup per row; for one team or a few (a supervisor) the answers, invitations and
-- aspects have covering indexes led by team_id; an agent's own results ("mis resultados", by Entra object id) have
-- theirs. The narrower indexes these replace go, and so does the agent_id index the planner picked for GROUP BY.

CREATE INDEX ix_survey_invitations_results ON survey_invitations (created_at, team_id, agent_id, agent_name);
CREATE INDEX ix_survey_invitations_team_results ON survey_invitations (team_id, created_at, agent_id, agent_name);
CREATE INDEX ix_survey_invitations_agent_object ON survey_invitations (agent_object_id, created_at, agent_id, agent_name, team_id);
DROP INDEX ix_survey_invitations_created;
DROP INDEX ix_survey_invitations_team;
DROP INDEX ix_survey_invitations_agent;

CREATE INDEX ix_feedback_responses_team_results ON feedback_responses (team_id, submitted_at, agent_id, rating, effort);
CREATE INDEX ix_feedback_responses_agent_object ON feedback_responses (agent_object_id, submitted_at, agent_id, rating, effort);
DROP INDEX ix_feedback_responses_team;
-- With the period as bound parameters SQLite preferred this one for GROUP BY agent_id (a skip-scan reading every row
-- from the table): 2.7 s for every team over 4 weeks of 1,000,000 answers, 0.04 s from the covering results index.
DROP INDEX ix_feedback_responses_agent;

CREATE INDEX ix_feedback_aspects_team ON feedback_aspects (team_id, submitted_at, aspect);
