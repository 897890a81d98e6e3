\dt
\d
\dn
\dn+
\du
\dg
\l
\dp
\z
\dv
\di
\ds
\df
\dT
\db
\dD
\dt nothing_here
\d nothing_here
