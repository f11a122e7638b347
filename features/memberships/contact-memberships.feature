@memberships @readonly
Feature: What a contact belongs to
  The segments, campaigns and companies a contact is in, and the devices it was seen on. Mautic keys
  segments and campaigns by id (and answers [] when there is none).

  Scenario Outline: List what a contact belongs to
    Given a contact with <relation>, called "someone"
    When I call GET /contacts/{someone}/<relation>
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "<key>" has at least 1 entry
    And the total at "total" is at least the number of entries at "<key>"

    Examples:
      | relation  | key       |
      | segments  | lists     |
      | campaigns | campaigns |
      | companies | companies |
      | devices   | devices   |

  Scenario Outline: What a contact that does not exist belongs to is not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}/<relation>
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

    Examples:
      | relation  |
      | segments  |
      | companies |
      | campaigns |
      | devices   |

  @writes
  Scenario: A contact's segments are the segments it was added to
    A segment with filters may take in the contact too, on an instance whose cron rebuilds segments:
    only the segments the kit created are judged.

    Given a published segment I created, called "club"
    And a published segment I created, called "other"
    And a contact I created, called "mine"
    And contact "mine" is in segment "club"
    When I call GET /contacts/{mine}/segments
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "lists" include "club"
    And the entries at "lists" do not include "other"
    And the total at "total" is at least the number of entries at "lists"

  @writes
  Scenario: A contact's companies are the companies it was added to
    Given a company, called "company"
    And a contact I created, called "mine"
    And contact "mine" is in company "company"
    When I call GET /contacts/{mine}/companies
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "total" is "1"
    And the entries at "companies" include one with:
      | id | {company} |

  @writes
  Scenario: A contact's devices are the devices it was seen on
    Given a contact I created, called "mine"
    And contact "mine" was seen on a device, called "phone"
    When I call GET /contacts/{mine}/devices
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "total" is "1"
    And the entries at "devices" are "phone"
    And the entries at "devices" include one with:
      | deviceModel | {marker} |
