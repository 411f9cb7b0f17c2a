import sys; print("ko ok")
