@contacts @writes
Feature: Creating, editing and deleting contacts
  Contacts are created, edited (partly with PATCH, wholly with PUT) and deleted one at a time. Each
  change is read back: an answer that claims a change the target did not make is a deviation. Every
  contact these scenarios create carries the run's marker and is deleted afterwards.

  Scenario: Create a contact
    When I call POST /contacts/new with:
      """
      {"firstname": "Ada", "lastname": "{marker}", "email": "ada.{marker}@example.com", "city": "Oslo"}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "contact.fields.all.email" is "ada.{marker}@example.com"
    And the value at "contact.points" is "0"
    And the id at "contact.id" is called "ada"
    And reading contact "ada" shows "firstname" as "Ada"
    And reading contact "ada" shows "city" as "Oslo"

  Scenario: Creating a contact with the email of an existing one updates that contact
    Given a contact I created, called "mine"
    When I call POST /contacts/new with:
      """
      {"firstname": "Again", "lastname": "{marker}", "email": "mine.{marker}@example.com"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is the id of "mine"
    And reading contact "mine" shows "firstname" as "Again"
    And the contacts matching the search "mine.{marker}" are "mine"

  Scenario: A contact with an invalid email is refused, and not created
    When I call POST /contacts/new with:
      """
      {"firstname": "Invalid", "lastname": "invalid-{marker}", "email": "not-an-email"}
      """
    Then the status is 400
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 400
    And no contact matches the search "invalid-{marker}"

  Scenario: Edit some fields of a contact, keeping the others
    Given contacts I created:
      | name | firstname | city |
      | mine | Ada       | Oslo |
    When I call PATCH /contacts/{mine}/edit with:
      """
      {"city": "Bergen"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.fields.all.city" is "Bergen"
    And the value at "contact.dateModified" is not null
    And reading contact "mine" shows "city" as "Bergen"
    And reading contact "mine" shows "firstname" as "Ada"

  Scenario: Give a contact an owner
    Given a contact I created, called "mine"
    And a user who can own contacts, called "owner"
    When I call PATCH /contacts/{mine}/edit with:
      """
      {"owner": {owner}}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.owner.id" is the id of "owner"
    And reading contact "mine" shows owner "owner"

  Scenario: Editing a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call PATCH /contacts/{nobody}/edit with:
      """
      {"firstname": "Ghost", "lastname": "{marker}"}
      """
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
    And contact "nobody" does not exist

  Scenario: Replace a contact: the fields not given are emptied
    Given contacts I created:
      | name | firstname | city |
      | mine | Ada       | Oslo |
    When I call PUT /contacts/{mine}/edit with:
      """
      {"firstname": "Grace", "lastname": "{marker}", "email": "mine.{marker}@example.com"}
      """
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is the id of "mine"
    And the value at "contact.fields.all.firstname" is "Grace"
    And reading contact "mine" shows "firstname" as "Grace"
    And reading contact "mine" shows no "city"

  Scenario: Replacing a contact that does not exist creates one, with a new id
    Given an id that no contact has, called "nobody"
    When I call PUT /contacts/{nobody}/edit with:
      """
      {"firstname": "Created", "lastname": "{marker}", "email": "put.{marker}@example.com"}
      """
    Then the status is 201
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is not the id of "nobody"
    And the id at "contact.id" is called "created"
    And reading contact "created" shows "firstname" as "Created"
    And contact "nobody" does not exist

  Scenario: Delete a contact
    Given a contact I created, called "mine"
    When I call DELETE /contacts/{mine}/delete
    Then the status is 200
    And the response matches the spec's schema for this operation and status
    And the value at "contact.id" is null
    And the value at "contact.fields.all.email" contains the run's marker
    And contact "mine" does not exist
    And no contact matches the search "mine.{marker}"

  Scenario: Deleting a contact that does not exist is not found
    Given an id that no contact has, called "nobody"
    When I call DELETE /contacts/{nobody}/delete
    Then the status is 404
    And the response matches the spec's schema for this operation and status
    And the response is a Mautic error with code 404
