"""Reminders to practise: the scheduler, how a reminder reaches the person, and the window's calm card."""
