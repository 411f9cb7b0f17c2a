print("zh ok")
