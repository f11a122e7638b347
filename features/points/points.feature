@points @writes
Feature: Contact points
  A contact's points go up and down; Mautic answers {"success": 1} (an integer, not true), and the
  contact then has the new number of points.

  Scenario: Add points to a contact
    Given a contact I created, called "mine"
    When I call POST /contacts/{mine}/points/plus/5 with:
      """
      {"eventName": "Conformance check", "actionName": "Added"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "success" is "1"
    And reading contact "mine" shows 5 points

  Scenario: Subtract points from a contact
    Given a contact I created, called "mine"
    And contact "mine" has 10 points
    When I call POST /contacts/{mine}/points/minus/2
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "success" is "1"
    And reading contact "mine" shows 8 points

  Scenario: Points of a contact that does not exist are not found
    Given an id that no contact has, called "nobody"
    When I call POST /contacts/{nobody}/points/plus/5
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
