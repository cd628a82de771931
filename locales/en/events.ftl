## Events: why a time, a number of places or a registration is refused.

error-time-zone-unknown = Choose a time zone from the list.
error-wall-time-skipped = This time does not exist in that time zone on that day: the clocks go forward an hour. Choose another time.
error-wall-time-repeated = This time occurs twice in that time zone on that day: the clocks go back an hour. Choose another time.
error-capacity-invalid = The number of places must be a whole number of 1 or more, or left empty for no limit.
error-already-registered = You are already registered for this event.
error-event-past = This event has already taken place.
error-event-cancelled = This event has been cancelled.
