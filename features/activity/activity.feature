@activity @readonly
Feature: Activity
  The timeline of what happened to contacts: one contact's, or everyone's.

  Scenario: A contact's activity
    Given a contact that exists, called "someone"
    When I call GET /contacts/{someone}/activity
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: Everyone's activity
    When I call GET /contacts/activity?limit=5
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: The activity of a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}/activity
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  Scenario: The deprecated events address is not served
    The documentation still lists GET /contacts/{id}/events, but Mautic 5.1 does not route it:
    it answers 404 "Requested URL not found", whether the contact exists or not.

    Given a contact that exists, called "someone"
    When I call GET /contacts/{someone}/events
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  @writes
  Scenario: A contact's activity shows what happened to it
    Given a contact I created, called "mine"
    And contact "mine" does not want to be contacted by email
    When I call GET /contacts/{mine}/activity
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "events" include one with:
      | event     | lead.donotcontact |
      | contactId | {mine}            |

  @writes
  Scenario: Everyone's activity can be narrowed to some kinds of event
    Given a contact I created, called "mine"
    And contact "mine" does not want to be contacted by email
    When I call GET /contacts/activity?filters[includeEvents][]=lead.donotcontact
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And every entry at "events" has "event" as "lead.donotcontact"
    And the entries at "events" include one with:
      | event     | lead.donotcontact |
      | contactId | {mine}            |
