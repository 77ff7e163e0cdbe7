def

