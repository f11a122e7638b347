@segment-membership @writes
Feature: Adding contacts to segments and removing them
  Contacts are added to a published segment one at a time or several at once, and removed one at a
  time. Mautic answers {"success": 1}; the contact's segments then show the change.

  Background:
    Given a published segment I created, called "club"
    And a contact I created, called "mine"

  Scenario: Add a contact to a segment
    When I call POST /segments/{club}/contact/{mine}/add
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "success" is "1"
    And the segments of contact "mine" include "club"

  Scenario: Add several contacts to a segment
    Given a contact I created, called "other"
    When I call POST /segments/{club}/contacts/add with:
      """
      {"ids": [{mine}, {other}]}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "details.{mine}.success" is "true"
    And the value at "details.{other}.success" is "true"
    And the segments of contact "mine" include "club"
    And the segments of contact "other" include "club"

  Scenario: Remove a contact from a segment
    Given contact "mine" is in segment "club"
    When I call POST /segments/{club}/contact/{mine}/remove
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "success" is "1"
    And the segments of contact "mine" do not include "club"

  Scenario: A contact that does not exist cannot be added
    Given an id that no contact has, called "nobody"
    When I call POST /segments/{club}/contact/{nobody}/add
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  Scenario: The documented key "contactIds" is refused; Mautic reads "ids"
    When I call POST /segments/{club}/contacts/add with:
      """
      {"contactIds": [{mine}]}
      """
    Then the status is 400
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 400
    And the segments of contact "mine" do not include "club"
