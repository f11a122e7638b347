@do-not-contact @writes
Feature: Do not contact
  A contact can be put on, and taken off, the do-not-contact list of a channel such as email.
  Mautic answers with the contact, flattened (its fields at the top level); the entry then shows on
  the contact.

  Scenario: Put a contact on the do-not-contact list
    Given a contact I created, called "mine"
    When I call POST /contacts/{mine}/dnc/email/add with:
      """
      {"reason": 3, "comments": "Asked by phone ({marker})"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is the id of "mine"
    And reading contact "mine" shows a do-not-contact entry with:
      | channel  | email                       |
      | reason   | 3                           |
      | comments | Asked by phone ({marker})   |

  Scenario: A reason that is not a positive number is refused
    Given a contact I created, called "mine"
    When I call POST /contacts/{mine}/dnc/email/add with:
      """
      {"reason": 0}
      """
    Then the status is 400
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 400
    And reading contact "mine" shows no do-not-contact entry for "email"

  Scenario: Take a contact off the do-not-contact list
    Given a contact I created, called "mine"
    And contact "mine" does not want to be contacted by email
    When I call POST /contacts/{mine}/dnc/email/remove
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "recordFound" is "true"
    And reading contact "mine" shows no do-not-contact entry for "email"

  Scenario: The do-not-contact list of a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call POST /contacts/{nobody}/dnc/email/remove
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
