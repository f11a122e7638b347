@points @writes
Feature: Contact points
  A contact's points go up and down; Mautic answers {"success": 1} (an integer, not true).

  Scenario: Add points to a contact
    Given a contact I created, called "mine"
    When I call POST /contacts/{mine}/points/plus/5 with:
      """
      {"eventName": "Conformance check", "actionName": "Added"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "success" is "1"

  Scenario: Subtract points from a contact
    Given a contact I created, called "mine"
    When I call POST /contacts/{mine}/points/minus/2
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "success" is "1"

  Scenario: Points of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call POST /contacts/{nobody}/points/plus/5
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
