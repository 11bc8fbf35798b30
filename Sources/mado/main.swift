print("mado")
