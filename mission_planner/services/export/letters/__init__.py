"""Letters on the organization's letterhead: invitations, visa support, site requests, thanks."""
