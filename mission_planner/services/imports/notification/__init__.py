"""Reading the APO's Project Notification (PDF, DOCX or plain text) into a mission's fields."""
