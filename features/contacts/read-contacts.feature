@contacts @readonly
Feature: Reading contacts
  Anyone with API access can read a contact and list contacts page by page. The kit reads contacts
  the target already has; it never assumes which ids exist. On a target without contacts, it creates
  one of its own when writes are allowed.

  Scenario: Get one contact
    Given a contact that exists, called "someone"
    When I call GET /contacts/{someone}
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is the id of "someone"
    And the value at "contact.fields.all.id" is the id of "someone"
    And the value at "contact.isPublished" is "true"

  Scenario: A contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call GET /contacts/{nobody}
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404

  Scenario: List the first page of contacts
    Given a contact that exists, called "someone"
    When I call GET /contacts?limit=2
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contacts" has at least 1 entry
    And the value at "contacts" has at most 2 entries
    And the total at "total" is at least the number of entries at "contacts"

  Scenario: List contacts without their heavy parts
    Given a contact that exists, called "someone"
    When I call GET /contacts?limit=3&minimal=true&orderBy=id&orderByDir=DESC
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the entries at "contacts" are ordered by "id", descending
    And no entry at "contacts" has "doNotContact"

  Scenario: Listing contacts needs credentials
    When I call GET /contacts without credentials
    Then the status is 401
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 401

  Scenario: Wrong credentials are refused
    When I call GET /contacts with wrong credentials
    Then the status is 401
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 401
