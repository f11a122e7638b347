@memberships @readonly
Feature: What a contact belongs to
  The segments, campaigns and companies a contact is in, and the devices it was seen on. Mautic keys
  segments and campaigns by id (and answers [] when there is none).

  Scenario: List a contact's segments
    Given a contact with segments, called "someone"
    When I call GET /contacts/{someone}/segments
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: List a contact's campaigns
    Given a contact with campaigns, called "someone"
    When I call GET /contacts/{someone}/campaigns
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: List a contact's companies
    Given a contact with companies, called "someone"
    When I call GET /contacts/{someone}/companies
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: List a contact's devices
    Given a contact with devices, called "someone"
    When I call GET /contacts/{someone}/devices
    Then the status is 200
    And the response matches the spec's schema for this operation and status

  Scenario: The segments of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}/segments
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  Scenario: The companies of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}/companies
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
